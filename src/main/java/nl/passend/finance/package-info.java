/**
 * Financiën (PRODUCT.md 3.7; seeds 000 §10, 004 §10): the SWV's funding amounts (normbedragen) as
 * versioned data with their legal source, the bekostigingstellingen, the income (baten) with the
 * verrekening for this SWV's S(B)O pupils (WPO art. 121-125 and, before 2023, the 2%-regeling and the
 * groeitelling), the verdeelmodel adopted after the OPR's consent, the begroting and
 * meerjarenbegroting with scenarios, monthly realisation, the reserve check against the Inspectie's
 * signaleringswaarde, payment statements per schoolbestuur and imported history. Every computed
 * figure carries its derivation; the computations themselves are pure functions in the
 * {@code calc} package. No pupil data: counts and TLV aggregates only. See docs/specs/finance.md.
 */
package nl.passend.finance;
