package nl.passend.arrangement;

/**
 * Which budget an arrangement is charged to: the werkgebied's part of the verdeelmodel in force, or a
 * central post of the begroting (for example OZA, onderwijs-zorgarrangementen).
 */
public enum BudgetSoort {
    WERKGEBIED, CENTRAAL
}
