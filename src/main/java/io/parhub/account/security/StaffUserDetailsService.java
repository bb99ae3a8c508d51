package io.parhub.account.security;

import io.parhub.account.store.StaffAccounts;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username.trim())
                .map(account -> new StaffPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }
}
