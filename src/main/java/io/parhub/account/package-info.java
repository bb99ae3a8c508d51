/**
 * Staff accounts and access: roles, the agency each account belongs to, sign-in with lockout, and the rule that
 * an account reads and changes only what its role allows inside its agency's subtree.
 */
@NullMarked
package io.parhub.account;

import org.jspecify.annotations.NullMarked;
