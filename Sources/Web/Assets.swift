/// The page's style and script, shipped in the binary: nothing is fetched
/// from outside the machine, and there is no build step.
enum Assets {
    static let css = """
    :root { --ink: #1d232a; --muted: #5d6b78; --line: #d9dee3; --accent: #1f5fa8; --mark: #ffe27a; --bar: #7fa7d6; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fbfbfa; }
    header { display: flex; gap: 1rem; align-items: flex-start; padding: .8rem 1.2rem; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 1; }
    header .home { font-weight: 700; color: var(--ink); text-decoration: none; padding-top: .4rem; }
    form.query { display: flex; gap: .5rem; flex: 1; }
    form.query textarea { flex: 1; font: 14px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
    button { font: inherit; padding: .4rem 1rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
    main { padding: 1rem 1.2rem 3rem; max-width: 80rem; }
    a { color: var(--accent); }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13.5px; }
    pre.error { background: #fff4f2; border-left: 3px solid #c0392b; padding: .6rem .8rem; overflow-x: auto; }
    pre.explain { background: #f3f5f7; padding: .6rem .8rem; overflow-x: auto; }
    .answer { overflow-x: auto; }
    table { border-collapse: collapse; background: #fff; }
    th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
    th { background: #f1f3f5; font-weight: 600; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.bar { width: 12rem; min-width: 8rem; }
    td.bar span { display: block; height: .8rem; margin-top: .25rem; background: var(--bar); border-radius: 2px; }
    p.footer { color: var(--muted); margin: .4rem 0; }
    p.note { color: var(--muted); font-style: italic; margin: .2rem 0; }
    mark { background: var(--mark); padding: 0 .1em; }
    ol.lines { list-style: none; padding: 0; margin: 0; background: #fff; border: 1px solid var(--line); }
    ol.lines li { padding: .25rem .6rem .25rem 3.4rem; position: relative; border-bottom: 1px solid #f0f2f4; scroll-margin-top: 6rem; min-height: 1.9em; }
    ol.lines li a.number { position: absolute; left: .6rem; width: 2.2rem; text-align: right; color: var(--muted); text-decoration: none; font-size: 12px; padding-top: .15rem; }
    ol.lines li.cited { background: #fffbe6; border-left: 3px solid #e0b400; }
    .meta, .kind { color: var(--muted); font-weight: normal; }
    section > h1 { font-size: 1.35rem; margin-top: 2rem; }
    h2 { font-size: 1.1rem; }
    ul.facts li { margin: .15rem 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dt { color: var(--muted); }
    dd { margin: 0; }
    section.ingest textarea { width: 100%; font: 14px/1.4 ui-monospace, monospace; }
    """

    static let javascript = """
    // Ctrl+Enter (or Cmd+Enter) runs the statement; the cited line is brought into view.
    document.addEventListener("DOMContentLoaded", () => {
      const box = document.querySelector("form.query textarea");
      if (box) {
        box.addEventListener("keydown", (event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); box.form.submit(); }
        });
        if (!box.value) box.focus();
      }
      const cited = document.querySelector("li.cited");
      if (cited) cited.scrollIntoView({ block: "center" });
    });
    """
}
