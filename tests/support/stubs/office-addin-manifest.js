/**
 * Jest stand-in for office-addin-manifest (addin-conventions §9): the real module has an ESM-only dependency that
 * Jest cannot load on Node 20. Tests only need the OfficeApp enum.
 */
"use strict";

const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
