package nl.passend.finance;

import java.util.List;

/** What loading the shipped publications did: the amounts added, and how many were already present. */
public record NormbedragLading(List<Normbedrag> toegevoegd, int alAanwezig) {
}
