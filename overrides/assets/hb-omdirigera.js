// Redirect page of a moved page: go to the new address and keep the #section of the old one.
(function () {
  "use strict";
  var mal = document.querySelector("link[rel=canonical]").getAttribute("href");
  location.replace(new URL(mal, location.href).href.split("#")[0] + location.hash);
})();
