package uk.nhs.eia.training.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.TrainingPolicy.Policy;
import uk.nhs.eia.training.TrainingPolicy;

/** What happens to an author without current EIA training: anyone signed in may read it, eia-admins change it. */
@RestController
class TrainingPolicyApi {

    private final TrainingPolicy policy;

    TrainingPolicyApi(TrainingPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/api/training/policy")
    Map<String, String> current() {
        return Map.of("policy", policy.current().name().toLowerCase());
    }

    @Operation(summary = "Choose what happens to authors without current EIA training", description = "{\"policy\": "
            + "\"warn\"} lets them start and submit assessments, which are flagged (quality check 12); \"block\" refuses "
            + "them with how to get trained. 422 naming policy for anything else.")
    @PutMapping("/api/training/policy")
    @AdminsOnly
    Map<String, String> change(@RequestBody Map<String, Object> body, Principal person) {
        Object chosen = body.get("policy");
        Policy next = "warn".equals(chosen) ? Policy.WARN : "block".equals(chosen) ? Policy.BLOCK : null;
        if (next == null) {
            throw new Invalid(List.of(new FieldError("policy", "Choose warn or block")));
        }
        policy.change(next, person.getName());
        return current();
    }

}
