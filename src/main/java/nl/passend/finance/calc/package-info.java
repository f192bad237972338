/**
 * The finance computations as pure functions (ADR 0008): income, allocation, budget, budget vs
 * actual and the reserve check, with {@link nl.passend.finance.calc.Cents} and
 * {@link nl.passend.finance.calc.LargestRemainder} as the one rounding policy. Exposed as the named
 * interface {@code calc} because the finance services hand out its records (a computation with its
 * derivation) and take its kinds as input.
 */
@org.springframework.modulith.NamedInterface("calc")
package nl.passend.finance.calc;
