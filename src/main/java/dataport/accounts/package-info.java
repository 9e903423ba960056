/** Accounts: sign-up, sign-in, roles, e-mail verification and password reset; who the current user is. */
package dataport.accounts;
