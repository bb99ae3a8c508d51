package io.parhub.feedback;

/** How a feedback arrived. ONLINE from the public site or an Open311 client; HOTLINE and POST entered by an officer. */
public enum FeedbackChannel {
    ONLINE, HOTLINE, POST
}
