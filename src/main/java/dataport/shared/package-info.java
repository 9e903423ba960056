/** Value types and UI parts every module uses: money, bilingual text, the main layout, i18n. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dataport.shared;
