package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code bench soak} as CI runs it (issue 14): 10,000 requests from 8 concurrent clients against a {@code serve} of
 * its own, over its pages, delivery queries, web resources and bad requests. Every answer has the status its URL
 * calls for and the server's resident memory stays flat (the command's exit code says both); the figures are printed
 * for the record.
 */
class SoakIT {

    @Test
    void tenThousandMixedRequestsFromEightClientsGetTheirStatusesWithFlatMemory() {
        // when
        CommandRun run = CommandRun.of("bench", "soak", "--requests", "10000", "--clients", "8");
        // then
        System.out.print(run.out());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("unexpected status  0\n"), run.out());
        assertTrue(run.out().contains(" bad requests)"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("latency ") && line.contains(" p99 ")),
                run.out());
    }
}
