package org.openhealth.chemoeducation.jcr;

import java.util.List;
import java.util.stream.Collectors;

import org.openhealth.chemoeducation.definition.Problem;

/** Content files that cannot be imported; nothing of the import was kept. */
public final class ContentImportException extends RuntimeException {

    private final List<Problem> problems;

    public ContentImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each naming file and line. */
    public List<Problem> problems() {
        return problems;
    }
}
