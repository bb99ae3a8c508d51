package io.parhub.procedure;

/** What a publication decision does to one procedure: adds it, amends or replaces it, or abolishes it. */
public enum ChangeKind {
    NEW, AMENDED, ABOLISHED
}
