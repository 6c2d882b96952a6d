package uk.nhs.eia.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.forms.FormPages.BINDER;
import static uk.nhs.eia.forms.FormPages.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.demo.DemoAnswers;
import uk.nhs.eia.forms.process.FeelConditions;

/** A field that names someone for a part is a list of the people who may play it, by name, answered by username. */
class PeopleChosenByNameTest {

    private static final PeopleToChoose DECISION_MAKERS = new PeopleToChoose() {
        @Override
        public String part() {
            return "decision-maker";
        }

        @Override
        public List<FormComponent.Option> forSignedInPerson() {
            return List.of(new FormComponent.Option("approver", "Arun Singh (approver), Digital, Operations"),
                    new FormComponent.Option("zara", "Zara Ahmed (zara), Finance"));
        }

        @Override
        public String searchPath() {
            return "/api/people/decision-makers";
        }
    };

    private final FormRenderer renderer = new FormRenderer(FormPages.templates(), new FeelConditions(),
            List.of(DECISION_MAKERS));

    @Test
    void theDecisionMakerIsChosenFromTheApproversByNameAndTheListSaysWhereToSearch() {
        Element list = decisionMakerList(Map.of());

        assertThat(list.select("option")).extracting(Element::text)
                .containsExactly("Choose an option", "Arun Singh (approver), Digital, Operations", "Zara Ahmed (zara), Finance");
        assertThat(list.attr("data-eia-choose-person")).isEqualTo("/api/people/decision-makers");
        assertThat(list.attr("data-eia-choose-within")).isEqualTo("directorate");
        assertThat(Jsoup.parse(html(Map.of())).select("label[for=decisionMaker]").text()).isEqualTo("Decision-maker");
    }

    @Test
    void theChosenPersonIsSelectedAgainAndPostedBackAsTheirUsername() {
        Map<String, Object> answers = DemoAnswers.proposal("Phlebotomy", "policy", "new", "finance", "zara",
                LocalDate.of(2027, 3, 1));

        String html = html(answers);

        assertThat(Jsoup.parse(html).select("#decisionMaker option[selected]").attr("value")).isEqualTo("zara");
        assertThat(BINDER.bind(form("proposal-details"), FormPages.posted(html))).containsEntry("decisionMaker", "zara");
    }

    @Test
    void whereNoModuleOffersThePartTheFieldStaysATextField() {
        String html = FormPages.RENDERER.renderFields(form("proposal-details"), Map.of(), List.of(), Map.of());

        assertThat(Jsoup.parse(html).select("input#decisionMaker[type=text]")).hasSize(1);
    }

    private Element decisionMakerList(Map<String, Object> answers) {
        return Jsoup.parse(html(answers)).selectFirst("select#decisionMaker");
    }

    private String html(Map<String, Object> answers) {
        return renderer.renderFields(form("proposal-details"), answers, List.of(), Map.of());
    }
}
