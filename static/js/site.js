// NHS.UK frontend's components (header menu, skip link, details). The import is relative,
// so it finds the library beside this file whether or not static names are hashed; the
// library's name carries its version, so a new release is a new address.
import { initAll } from "../wagtailnhsukfrontend/js/nhsuk-frontend-10.4.2.min.js";

initAll();
