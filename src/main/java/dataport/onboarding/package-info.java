/** Onboarding: a merchant's application (organisation, documents, self-assessment, terms) and its staff review. */
package dataport.onboarding;
