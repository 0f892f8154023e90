package dev.transcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fuzzers' time bound counts the work's own CPU time, with a wall-time cap for work that never runs. */
class GuardTest {

    @Test
    void workThatSpinsPastItsCpuBoundFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> Inputs.within(0.2, "spin", () -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.identityHashCode(this) & 1;
            }
            return x;
        }));
        assertTrue(e.getMessage().startsWith("spin took more than 0.2 s of CPU"), e.getMessage());
    }

    @Test
    void workThatWaitsLongerThanTheBoundWithoutCpuStillPasses() throws Exception {
        // a starved run (here: asleep) past the bound in wall time is not a hang while it stays under the cap
        assertEquals("done", Inputs.within(0.2, "sleep", () -> {
            Thread.sleep(500);
            return "done";
        }));
    }

    @Test
    void workThatNeverEndsFailsAtTheWallCap() {
        long t0 = System.nanoTime();
        AssertionError e = assertThrows(AssertionError.class, () -> Inputs.within(0.1, "blocked", () -> {
            Thread.sleep(60_000);
            return null;
        }));
        assertTrue(e.getMessage().contains("of wall time"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "the cap ends the wait");
    }
}
