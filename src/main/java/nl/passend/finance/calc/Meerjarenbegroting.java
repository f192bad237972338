package nl.passend.finance.calc;

import java.util.List;

/** The begroting of {@code jaar} plus three years, per scenario side by side; the base scenario first. */
public record Meerjarenbegroting(int jaar, List<ScenarioBegroting> scenarios) {

    public Meerjarenbegroting {
        scenarios = List.copyOf(scenarios);
    }

    public ScenarioBegroting basis() {
        return scenarios.get(0);
    }

    public ScenarioBegroting scenario(String naam) {
        return scenarios.stream().filter(s -> s.scenario().naam().equals(naam)).findFirst().orElseThrow();
    }
}
