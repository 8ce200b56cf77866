package id.kemas.validator.sequencing;

import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.lint.SequencingLint;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import java.util.Set;

/**
 * Stage 8: the sequencing lint on the activity tree read from the manifest (SEQ-101 to SEQ-110:
 * rules that never fire, gates that never open, courses that can never be completed or passed).
 * What is malformed in the sequencing itself is reported by stage 5, so only the lint runs here.
 */
public final class SequencingLintCheck implements ManifestCheck {

    @Override
    public String name() {
        return "sequencing-lint";
    }

    @Override
    public void check(CheckContext context, Problems problems) {
        ManifestSequencingReader.read(context.manifest()).ifPresent(tree -> SequencingLint.check(tree).forEach(problems::add));
    }

    @Override
    public Set<String> messageIds() {
        return SequencingLint.messageIds();
    }
}
