/** Demo data: a realistic bilingual catalogue loaded into an empty database so the site can be tried at once. */
package dataport.demo;
