/** Mail: outgoing e-mail, recorded in the sender's transaction and delivered by SMTP or kept for an admin to read. */
package dataport.mail;
