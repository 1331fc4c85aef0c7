package org.openhealth.chemoeducation.glossary.io;

import java.util.List;

import org.openhealth.chemoeducation.definition.Problem;

/** The rows read from a glossary file and the problems of its structure (quoting, columns, JSON syntax). */
record Rows(List<SourceRow> rows, List<Problem> problems) {

    Rows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
