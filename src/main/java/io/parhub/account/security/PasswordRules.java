package io.parhub.account.security;

import io.parhub.shared.DomainException;

/**
 * A password of at least 10 characters with letters and digits, not containing the user name: long enough that
 * Argon2id and the sign-in lockout together make guessing impractical (NIST SP 800-63B favours length).
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    static void check(String password, String username) {
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (password.length() < MIN_LENGTH || !letters || !digits
                || password.toLowerCase().contains(username.toLowerCase())) {
            throw DomainException.invalid("weak-password", "account.problem.password", MIN_LENGTH);
        }
    }
}
