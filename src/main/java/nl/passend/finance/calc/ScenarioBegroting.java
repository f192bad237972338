package nl.passend.finance.calc;

import java.util.List;

/** The four years of one scenario. */
public record ScenarioBegroting(Scenario scenario, List<BegrotingJaar> jaren) {

    public ScenarioBegroting {
        jaren = List.copyOf(jaren);
    }

    public BegrotingJaar jaar(int jaar) {
        return jaren.stream().filter(j -> j.jaar() == jaar).findFirst().orElseThrow();
    }
}
