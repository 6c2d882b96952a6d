package uk.nhs.eia.forms;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Submissions nobody should send: wrong types, hostile text, deep nesting, huge values, keys that are not asked. */
public final class HostileSubmissions {

    private static final List<String> NASTY_TEXT = List.of(
            "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "'; drop table eia_assessment; --",
            "Robert'); DELETE FROM eia_step_submission;--", "\u0000\u0001\u0007\u001b[31m", "\u202egnp.exe", "ｆｕｌｌｗｉｄｔｈ",
            "👩🏽‍⚕️🏳️‍⚧️", "\uD800", "null", "true", "1e309", "-0", "${7*7}", "#{7*7}", "{{7*7}}", "=1+1",
            "../../../etc/passwd", " ", "\n\n\n");

    private HostileSubmissions() {
    }

    public static Arbitrary<Map<String, Object>> against(FormDefinition form) {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of(List.copyOf(form.valueKeys())),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("__proto__", "constructor", "assessmentId", "author", "decisionMaker"));
        return Arbitraries.maps(keys, values(3)).ofMaxSize(12);
    }

    public static Arbitrary<Object> values(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.of(NASTY_TEXT).map(text -> (Object) text),
                Arbitraries.strings().all().ofMaxLength(300).map(text -> (Object) text),
                Arbitraries.integers().between(1, 4).map(size -> (Object) "\u00e9".repeat(size * 40_000)),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.doubles().map(number -> (Object) number),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.of("yes", "no", "not-sure", "positive", "negative", "2027-01-31", "2027-02-30", "1", "4")
                        .map(text -> (Object) text));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar),
                Tuple.of(1, values(depth - 1).list().ofMaxSize(4).map(list -> (Object) list)),
                Tuple.of(1, Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(10), values(depth - 1))
                        .ofMaxSize(4).map(map -> (Object) map)));
    }
}
