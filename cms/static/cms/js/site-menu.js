// The header's menu button on phones: it opens and closes the search, languages and navigation.
// Without this script the button stays hidden and the menu stays open; on wide screens the
// stylesheet hides the button and always shows the menu.
(function () {
  "use strict";
  const header = document.querySelector(".site-header");
  const button = header && header.querySelector(".menu-toggle");
  const menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) {
    return;
  }

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    header.classList.toggle("is-open", open);
  }

  header.classList.add("has-menu-toggle");
  button.hidden = false;
  setOpen(false);
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  // Escape closes the open menu and gives the focus back to its button.
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && header.classList.contains("is-open")) {
      setOpen(false);
      button.focus();
    }
  });
})();
