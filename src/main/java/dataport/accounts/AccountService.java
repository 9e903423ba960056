package dataport.accounts;

import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, e-mail verification, password reset and staff roles. Every mail is recorded in the same transaction as
 * the change it is about, in the recipient's preferred language. Answers never tell a visitor whether some other
 * address has an account.
 */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 100;

    private final Users users;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final MailService mail;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;
    private final SiteUrl site;

    AccountService(
            Users users,
            AccountTokens tokens,
            PasswordEncoder passwords,
            MailService mail,
            AuditService audit,
            CurrentUser currentUser,
            Translations translations,
            Clock clock,
            SiteUrl site) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
        this.site = site;
    }

    /**
     * Creates a BUYER account and mails the verification link. An address that already has an account gets a mail
     * saying so instead, and the caller sees the same result either way.
     *
     * @throws AccountException when a field breaks a rule (the views check the same rules first)
     */
    @Transactional
    public void signUp(NewAccount account) {
        String email = User.normalizeEmail(account.email());
        checkEmail(email);
        String name = account.displayName() == null ? "" : account.displayName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new AccountException("displayName", "accounts.signup.name-required");
        }
        PasswordRules.problem(account.password(), email).ifPresent(key -> {
            throw new AccountException("password", key);
        });
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            User user = existing.get();
            mail(user, "accounts.mail.exists", link("login"), link("forgot-password"));
            return;
        }
        User user = users.save(
                new User(email, passwords.encode(account.password()), name, account.locale(), clock.instant()));
        sendVerification(user);
    }

    /** Marks the address of the link's owner verified; the link works once, for 48 hours. */
    @Transactional
    public TokenOutcome verifyEmail(String token) {
        return spend(token, AccountToken.Purpose.VERIFY_EMAIL, user -> {
            user.verifyEmail(clock.instant());
            return TokenOutcome.DONE;
        });
    }

    /** Mails a fresh verification link when the address has an unverified account; silently nothing otherwise. */
    @Transactional
    public void resendVerification(String email) {
        users.findByEmail(User.normalizeEmail(email))
                .filter(user -> !user.isEmailVerified())
                .ifPresent(this::sendVerification);
    }

    /** Mails a reset link (valid one hour) when the address has an account; the caller never learns which. */
    @Transactional
    public void requestPasswordReset(String email) {
        users.findByEmail(User.normalizeEmail(email)).ifPresent(user -> {
            String token = issue(user, AccountToken.Purpose.RESET_PASSWORD);
            mail(user, "accounts.mail.reset", link("reset-password", token));
        });
    }

    /**
     * Sets a new password through a reset link. Receiving the link proves the mailbox, so the address counts as
     * verified too.
     *
     * @throws AccountException when the password breaks a rule (the link stays usable then)
     */
    @Transactional
    public TokenOutcome resetPassword(String token, String newPassword) {
        return spend(token, AccountToken.Purpose.RESET_PASSWORD, user -> {
            PasswordRules.problem(newPassword, user.getEmail()).ifPresent(key -> {
                throw new AccountException("password", key);
            });
            user.changePassword(passwords.encode(newPassword));
            user.verifyEmail(clock.instant());
            return TokenOutcome.DONE;
        });
    }

    /** Grants a staff role (CURATOR, COMPLIANCE, ADMIN); takes effect at the user's next sign-in. */
    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary grantRole(long userId, Role role) {
        return changeRoles(userId, role, "user.role-granted", User::grant);
    }

    /** Revokes a staff role; an admin cannot take ADMIN away from themselves (someone must stay able to fix it). */
    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary revokeRole(long userId, Role role) {
        if (role == Role.ADMIN && currentUser.require().id() == userId) {
            throw new AccountException(null, "accounts.users.own-admin");
        }
        return changeRoles(userId, role, "user.role-revoked", User::revoke);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers(UserFilter filter, Pageable page) {
        List<Long> ids = users.findIds(filter.pattern(), filter.role(), page);
        Map<Long, User> byId =
                users.findAllById(ids).stream().collect(Collectors.toMap(User::getId, Function.identity()));
        return ids.stream().map(byId::get).map(User::toSummary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long countUsers(UserFilter filter) {
        return users.countMatching(filter.pattern(), filter.role());
    }

    /**
     * Every account holding a stored staff role, for notices to staff (e.g. compliance told of a filed assessment);
     * no view lists users through it. At most 200: staff roles are few.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> staffWith(Role role) {
        List<Long> ids = users.findIds(null, role, org.springframework.data.domain.PageRequest.of(0, 200));
        return users.findAllById(ids).stream().map(User::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(User::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByEmail(String email) {
        return users.findByEmail(User.normalizeEmail(email)).map(User::toSummary);
    }

    /**
     * An account made ready to use, verified and with the given staff roles, for the demo data only: no view calls
     * it, and it skips the password rules on purpose (the demo password is documented).
     */
    @Transactional
    public UserSummary createVerified(NewAccount account, Role... staffRoles) {
        User user = users.save(new User(
                account.email(),
                passwords.encode(account.password()),
                account.displayName(),
                account.locale(),
                clock.instant()));
        user.verifyEmail(clock.instant());
        for (Role role : staffRoles) {
            user.grant(role);
        }
        return user.toSummary();
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return users.count();
    }

    private UserSummary changeRoles(
            long userId, Role role, String action, java.util.function.BiConsumer<User, Role> change) {
        if (!User.STAFF_ROLES.contains(role)) {
            throw new AccountException(null, "accounts.users.not-staff-role");
        }
        User user = users.findById(userId).orElseThrow(() -> new AccountException(null, "accounts.users.not-found"));
        String before = user.rolesText();
        change.accept(user, role);
        String after = user.rolesText();
        if (!before.equals(after)) {
            audit.record(action, "user", String.valueOf(userId), before, after);
        }
        return user.toSummary();
    }

    private static void checkEmail(String email) {
        if (email.isEmpty()
                || email.length() > MAX_EMAIL_LENGTH
                || !EMAIL.matcher(email).matches()) {
            throw new AccountException("email", "accounts.signup.email-invalid");
        }
    }

    private TokenOutcome spend(String token, AccountToken.Purpose purpose, Function<User, TokenOutcome> action) {
        if (token == null || token.isBlank()) {
            return TokenOutcome.INVALID;
        }
        Instant now = clock.instant();
        Optional<AccountToken> found =
                tokens.findByTokenHash(Tokens.hash(token)).filter(t -> t.getPurpose() == purpose);
        if (found.isEmpty()) {
            return TokenOutcome.INVALID;
        }
        AccountToken stored = found.get();
        if (stored.isExpired(now)) {
            return TokenOutcome.EXPIRED;
        }
        if (!stored.isUsable(now)) {
            return TokenOutcome.INVALID;
        }
        Optional<User> user = users.findById(stored.getUserId());
        if (user.isEmpty()) {
            return TokenOutcome.INVALID;
        }
        TokenOutcome outcome = action.apply(user.get());
        stored.use(now);
        return outcome;
    }

    private void sendVerification(User user) {
        String token = issue(user, AccountToken.Purpose.VERIFY_EMAIL);
        mail(user, "accounts.mail.verify", link("verify", token));
    }

    private String issue(User user, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        tokens.retireAll(user.getId(), purpose, now);
        String token = Tokens.newToken();
        tokens.save(new AccountToken(user.getId(), purpose, Tokens.hash(token), now));
        return token;
    }

    private String link(String route) {
        return site.of(route);
    }

    private String link(String route, String token) {
        return site.of(route, "token", token);
    }

    /** Subject {@code <key>.subject}, body {@code <key>.body} with {0} the name and {1}, {2} the links. */
    private void mail(User user, String key, String... links) {
        Locale locale = user.getLocale();
        Object[] params = new Object[links.length + 1];
        params[0] = user.getDisplayName();
        System.arraycopy(links, 0, params, 1, links.length);
        mail.send(
                user.getEmail(),
                translations.getTranslation(key + ".subject", locale),
                translations.getTranslation(key + ".body", locale, params));
    }
}
