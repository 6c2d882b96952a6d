package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import java.util.List;
import uk.nhs.eia.demo.DemoAnswers;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.process.FeelConditions;

/**
 * Server-side validation and NHS rendering of the largest form, the impact assessment (80 fields).
 * Run it as BENCHMARKS.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormEngineBenchmark {

    private final FormDefinition impactAssessment = new FormCatalogue().find("impact-assessment").orElseThrow();
    private final FormDefinition actionPlan = new FormCatalogue().find("action-plan-and-outcome").orElseThrow();
    private final FormValidator validator = new FormValidator(new FeelConditions(), FormLimits.defaults());
    private final Map<String, Object> completeImpact = DemoAnswers.impactAssessment();
    private final Map<String, Object> completeActionPlan = DemoAnswers.actionPlanAndOutcome(LocalDate.now().plusYears(1));
    private final Map<String, Object> context = Map.of("proposalType", "service-change");
    private final List<FieldError> everyError = validator.validate(impactAssessment, Map.of(), context, Check.COMPLETE).errors();

    @Benchmark
    public Validation validateCompleteImpactAssessment() {
        return validator.validate(impactAssessment, completeImpact, context, Check.COMPLETE);
    }

    @Benchmark
    public Validation validateEmptyImpactAssessment() {
        return validator.validate(impactAssessment, Map.of(), context, Check.COMPLETE);
    }

    @Benchmark
    public Validation validateActionPlanWithRows() {
        return validator.validate(actionPlan, completeActionPlan, context, Check.COMPLETE);
    }

    @Benchmark
    public String renderCompleteImpactAssessment() {
        return FormPages.RENDERER.renderFields(impactAssessment, completeImpact, List.of(), context);
    }

    @Benchmark
    public String renderImpactAssessmentWithEveryError() {
        return FormPages.RENDERER.renderFields(impactAssessment, Map.of(), everyError, context);
    }

    @Benchmark
    public String renderImpactAssessmentSummary() {
        return FormPages.RENDERER.renderSummary(impactAssessment, completeImpact, "/tasks/1");
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(FormEngineBenchmark.class.getSimpleName()).build()).run();
    }
}
