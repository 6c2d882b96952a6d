package uk.nhs.eia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * How much each kind of request may carry: an import of earlier assessments far more than one evidence file, each
 * held to its own limit by the length it declares before anything reads it.
 */
class RequestSizeLimitTest {

    private static final long MEGABYTE = DataSize.ofMegabytes(1).toBytes();

    private final RequestSizeLimit limit = new RequestSizeLimit(DataSize.ofMegabytes(1),
            new UploadRequests(DataSize.ofMegabytes(20), DataSize.ofMegabytes(500)));

    @Test
    void anImportOfEarlierAssessmentsMayCarryMoreThanAnEvidenceUploadButNotWithoutLimit() throws Exception {
        assertThat(post("/api/admin/legacy-imports", 300 * MEGABYTE).getStatus()).isEqualTo(200);
        assertThat(post("/admin/legacy-imports", 300 * MEGABYTE).getStatus()).isEqualTo(200);
        assertThat(post("/api/admin/legacy-imports", 502 * MEGABYTE).getStatus()).isEqualTo(413);
    }

    @Test
    void anEvidenceUploadStopsAtTwiceTheFileLimitAndAnyOtherRequestAtOneMegabyte() throws Exception {
        assertThat(post("/api/assessments/7/evidence", 40 * MEGABYTE).getStatus()).isEqualTo(200);
        assertThat(post("/api/assessments/7/evidence", 300 * MEGABYTE).getStatus()).isEqualTo(413);
        assertThat(post("/api/assessments", 2 * MEGABYTE).getStatus()).isEqualTo(413);
    }

    @Test
    void aMultipartUploadMustSayHowLongItIs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/legacy-imports");
        request.setContentType("multipart/form-data; boundary=x");
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(411);
    }

    private MockHttpServletResponse post(String path, long declaredLength) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
