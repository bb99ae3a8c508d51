package io.parhub.procedure;

/**
 * How far a procedure can be done online, in the terms of Nghị định 42/2022/NĐ-CP: FULL = dịch vụ công trực tuyến
 * toàn trình, PARTIAL = một phần, NONE = not online. A null online mode means "not stated". The older levels 1–4
 * (Nghị định 43/2011/NĐ-CP) are kept separately as {@code legacyOnlineLevel}.
 */
public enum OnlineMode {
    FULL, PARTIAL, NONE
}
