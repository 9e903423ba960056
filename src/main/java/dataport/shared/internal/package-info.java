/** The shared module's adapters: what search engines read (page metadata, sitemap, robots.txt). */
package dataport.shared.internal;
