package dev.transcheck.cli;

import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "checks", mixinStandardHelpOptions = true, description = "List the checks: id, severity, category, summary.")
final class ChecksCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        StringBuilder sb = new StringBuilder();
        for (Check c : CheckRegistry.standard().checks()) {
            sb.append(String.format("%-20s %-8s %-32s %s%n", c.id(), c.severity().word(), c.category().path(), c.summary()));
        }
        // the cross-edition checks of `transcheck editions` (not per-pair checks; docs/EDITIONS.md)
        for (dev.transcheck.editions.EditionCheck c : dev.transcheck.editions.EditionCheck.values()) {
            sb.append(String.format("%-20s %-8s %-32s %s%n", c.id(), c.severity().word(), c.category().path(),
                    "(editions) " + c.summary()));
        }
        System.out.print(sb);
        return Main.OK;
    }
}
