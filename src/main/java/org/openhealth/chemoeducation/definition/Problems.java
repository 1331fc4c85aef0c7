package org.openhealth.chemoeducation.definition;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation run; every rule writes here instead of throwing. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new Problem(file, line, message));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    /**
     * Runs one check of one file. A definition that is shaped in a way no rule foresaw becomes a problem for that
     * file instead of ending the whole run.
     */
    void guard(String file, Runnable check) {
        try {
            check.run();
        } catch (DefinitionException e) {
            found.add(e.toProblem());
        } catch (RuntimeException e) {
            found.add(new Problem(file, 1, "could not be checked: " + e));
        }
    }

    /** Everything found, sorted by file and line, without repeats. */
    List<Problem> sorted() {
        return found.stream().distinct().sorted().toList();
    }
}
