package nl.passend.finance.calc;

/** Who receives a part of a component. */
public enum OntvangerSoort {
    BESTUUR,
    WERKGEBIED,
    FRICTIERESERVE,
    CENTRAAL
}
