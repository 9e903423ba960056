/** DataPort application root; every sub-package is one business capability (a Spring Modulith module). */
package dataport;
