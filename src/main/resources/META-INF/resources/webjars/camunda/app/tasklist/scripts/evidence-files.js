// A "Files" tab on each step in Camunda Tasklist: the files of the step's assessment, each a link that downloads it,
// read from our API with the Tasklist user's own session, so it lists only what they may read. Text goes in as text,
// never as HTML, since file names are whatever their authors typed.

function text(tag, content) {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

function fileItem(file) {
  const item = document.createElement('li');
  const link = text('a', file.fileName);
  link.href = `/assessments/${file.assessmentId}/evidence/${file.id}`;
  link.setAttribute('download', '');
  item.append(link, text('span', ` (${file.stepName}, ${file.mediaType}, ${file.sizeBytes} bytes, attached by `
      + `${file.uploadedBy}) SHA-256 ${file.sha256}`));
  return item;
}

export default {
  id: 'eia-evidence-files',
  pluginPoint: 'tasklist.task.detail',
  label: 'Files',
  priority: 50,
  render: (node, {taskId}) => {
    const section = document.createElement('div');
    section.className = 'eia-evidence-files';
    section.append(text('p', 'Loading the files…'));
    node.append(section);
    fetch(`/api/tasks/${encodeURIComponent(taskId)}/evidence`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(files => {
        section.replaceChildren();
        if (files.length === 0) {
          section.append(text('p', 'No files are attached to this assessment.'));
          return;
        }
        const list = document.createElement('ul');
        files.forEach(file => list.append(fileItem(file)));
        section.append(text('p', `${files.length} file${files.length === 1 ? '' : 's'} attached to this assessment:`), list);
      })
      .catch(status => section.replaceChildren(text('p', status === 403
        ? 'You cannot read this assessment\'s files.'
        : 'The files could not be listed. Open the step in the service to see them.')));
  }
};
