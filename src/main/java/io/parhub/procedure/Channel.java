package io.parhub.procedure;

/** How a dossier may be submitted (cách thức thực hiện): at the counter, online, or by public postal service. */
public enum Channel {
    COUNTER, ONLINE, POST
}
