package nl.passend.arrangement;

/**
 * The kind of an arrangement: individual, group, onderwijs-zorgarrangement (with youth care), or the
 * inzet of an inclusieondersteuner from a partner organisation.
 */
public enum ArrangementSoort {
    INDIVIDUEEL, GROEP, ONDERWIJS_ZORGARRANGEMENT, INCLUSIEONDERSTEUNER
}
