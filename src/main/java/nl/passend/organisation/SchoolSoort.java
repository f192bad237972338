package nl.passend.organisation;

/**
 * Soort onderwijs of a school (vestiging): basisonderwijs, speciaal basisonderwijs (WPO) or
 * speciaal onderwijs (WEC). Only SO has a cluster (3 or 4 within the SWV).
 */
public enum SchoolSoort {
    BAO, SBO, SO
}
