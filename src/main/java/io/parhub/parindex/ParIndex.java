package io.parhub.parindex;

import java.util.List;
import java.util.Optional;

/** The PAR Index as other modules and the public see it: a year's ranking once it is published. */
public interface ParIndex {

    /** The published ranking of {@code year}, ranked units first by group and rank; empty when not published. */
    Optional<List<RankingRow>> publishedRanking(int year);
}
