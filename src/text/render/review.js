(() => {
  "use strict";
  const text = document.getElementById("text");
  const tree = document.getElementById("tree");
  const report = JSON.parse(document.getElementById("report-data").textContent);

  // The text's marks by JSON Pointer, found once: a selection is a lookup, not a search.
  const marks = new Map();
  for (const el of text.querySelectorAll("mark[data-pointer]")) marks.set(el.dataset.pointer, el);

  // ----- the report's tree, drawn a level at a time ------------------------------------
  const escapeSegment = (key) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");
  function node(key, value, pointer, depth) {
    const li = document.createElement("li");
    li.setAttribute("role", "treeitem");
    li.dataset.pointer = pointer;
    li.tabIndex = pointer === "" ? 0 : -1;
    // A value read from the text takes its mark's kind (color, filter).
    const mark = marks.get(pointer);
    if (mark) {
      li.classList.add("has-span");
      for (const c of mark.classList) if (c.startsWith("k-")) li.classList.add(c);
    }
    const label = document.createElement("span");
    label.className = "key";
    const branch = value !== null && typeof value === "object";
    if (branch) {
      const count = Array.isArray(value) ? ` (${value.length})` : "";
      label.textContent = key + count;
      li.append(label);
      li.setAttribute("aria-expanded", "false");
      li._value = value;
      li._depth = depth;
      if (depth < 2) expand(li);
    } else {
      label.textContent = key;
      const shown = document.createElement("span");
      shown.className = "val";
      shown.textContent = typeof value === "string" ? value : JSON.stringify(value);
      li.classList.add("leaf");
      li.append(label, " ", shown);
    }
    return li;
  }
  function expand(li) {
    if (!li._drawn) {
      const group = document.createElement("ul");
      group.setAttribute("role", "group");
      const value = li._value;
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v, i]) : Object.entries(value).map(([k, v]) => [k, v, k]);
      for (const [label, v, segment] of entries) {
        group.append(node(label, v, `${li.dataset.pointer}/${escapeSegment(segment)}`, li._depth + 1));
      }
      li.append(group);
      li._drawn = true;
    }
    li.setAttribute("aria-expanded", "true");
  }
  function collapse(li) {
    li.setAttribute("aria-expanded", "false");
  }
  tree.append(node("report", report, "", 0));

  /** The tree's node of a pointer, drawn and opened down to it. */
  function treeNode(pointer) {
    let current = tree.firstElementChild;
    if (pointer === "") return current;
    let prefix = "";
    for (const segment of pointer.split("/").slice(1)) {
      if (current.getAttribute("aria-expanded") !== "true") expand(current);
      prefix += "/" + segment;
      const group = current.lastElementChild;
      const next = group && [...group.children].find((c) => c.dataset.pointer === prefix);
      if (!next) return null;
      current = next;
    }
    return current;
  }

  // ----- selection ---------------------------------------------------------------------
  let selected = [];
  function select(pointer, from) {
    for (const el of selected) el.classList.remove("selected");
    const inText = marks.get(pointer);
    const inTree = treeNode(pointer);
    const others = [...document.querySelectorAll(".violations [data-pointer]")].filter((el) => el.dataset.pointer === pointer);
    selected = [inText, inTree, ...others].filter(Boolean);
    for (const el of selected) el.classList.add("selected");
    const target = from && from.closest(".text-pane") ? inTree : inText || inTree;
    if (target) target.scrollIntoView({ block: "center" });
  }
  function activate(target) {
    const diagnostic = target.closest("button[data-target]");
    if (diagnostic) {
      const mark = document.getElementById(diagnostic.dataset.target);
      if (mark) {
        for (const el of selected) el.classList.remove("selected");
        selected = [mark];
        mark.classList.add("selected");
        mark.scrollIntoView({ block: "center" });
        mark.focus();
      }
      return true;
    }
    const el = target.closest("[data-pointer]");
    if (!el) return false;
    // A click on a branch's name opens or closes it.
    if (el.matches("[role=treeitem][aria-expanded]") && target.closest(".key")?.parentElement === el) {
      if (el.getAttribute("aria-expanded") === "true") collapse(el);
      else expand(el);
    }
    select(el.dataset.pointer, el);
    return true;
  }
  document.addEventListener("click", (event) => {
    if (activate(event.target)) event.stopPropagation();
  });
  // A mark's pointer as its tooltip, when the pointer rests on it.
  text.addEventListener("mouseover", (event) => {
    const mark = event.target.closest("mark[data-pointer]");
    if (mark && !mark.title) mark.title = mark.dataset.pointer;
  });

  // ----- the keyboard ------------------------------------------------------------------
  // In the text: arrows move between the values read, Enter or Space selects.
  // In the tree: arrows move, open and close; Enter or Space selects.
  function step(list, from, by) {
    const at = list.indexOf(from);
    return list[at + by] || null;
  }
  document.addEventListener("keydown", (event) => {
    const el = event.target;
    if ((event.key === "Enter" || event.key === " ") && el.matches("mark.v, [role=treeitem]")) {
      event.preventDefault();
      activate(el);
      return;
    }
    if (el === text || el.closest?.(".text")) {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      const all = [...text.querySelectorAll("mark.v")];
      const next = el === text ? all[0] : step(all, el, event.key === "ArrowRight" ? 1 : -1);
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (!el.matches("[role=treeitem]")) return;
    const items = [...tree.querySelectorAll("[role=treeitem]")].filter((i) => i.offsetParent !== null);
    let next = null;
    if (event.key === "ArrowDown") next = step(items, el, 1);
    else if (event.key === "ArrowUp") next = step(items, el, -1);
    else if (event.key === "ArrowRight" && el.getAttribute("aria-expanded") === "false") expand(el);
    else if (event.key === "ArrowLeft" && el.getAttribute("aria-expanded") === "true") collapse(el);
    else return;
    event.preventDefault();
    if (next) {
      el.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  });

  // ----- the filter --------------------------------------------------------------------
  const boxes = [...document.querySelectorAll(".filter input[data-kind]")];
  for (const box of boxes) {
    box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked));
  }
  document.getElementById("only-unplaced").addEventListener("click", () => {
    for (const box of boxes) {
      box.checked = box.dataset.kind === "unplaced";
      box.dispatchEvent(new Event("change"));
    }
  });
})();
