"use strict";
// The operator's dashboard: polls the orchestrator's /api/dashboard/* and /api/stuck-transfers and redraws.
(() => {
    const STATUSES = ["ACCEPTED", "CONFIRMING", "CANCELLING", "COMMITTED", "ABORTED", "REJECTED"];
    const REFRESH_MS = 2000;
    const SLOW_REFRESH_MS = 5000;
    const charts = {};
    window.dashboard = { charts };

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (name === "onclick") node.addEventListener("click", value);
            else if (value !== null && value !== undefined) node.setAttribute(name, value);
        });
        children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? "")));
        return node;
    }

    async function getJson(url) {
        // X-Requested-With: a 401 (the session expired) then asks for no password dialog; the page reloads to log in
        const response = await fetch(url, { headers: { Accept: "application/json", "X-Requested-With": "fetch" } });
        if (response.status === 401) {
            window.location.reload();
        }
        if (!response.ok) {
            const problem = await response.json().catch(() => ({}));
            throw new Error(problem.detail || response.status + " " + response.statusText);
        }
        return response.json();
    }

    const number = new Intl.NumberFormat("en-US");
    const clock = value => new Date(value).toLocaleTimeString("en-GB", { hour12: false });
    const time = value => value ? clock(value) : "—";
    const preciseTime = value => value ? clock(value) + "." + String(new Date(value).getMilliseconds()).padStart(3, "0") : "";
    const plural = (n, word) => `${number.format(n)} ${word}${n === 1 ? "" : "s"}`;
    const age = (since, now) => {
        const seconds = Math.max(0, (new Date(now) - new Date(since)) / 1000);
        return seconds < 60 ? seconds.toFixed(1) + " s" : (seconds / 60).toFixed(1) + " min";
    };
    const badge = status => el("span", { class: "badge " + status }, status);
    const transferLink = id => el("a", { "data-transfer": id, onclick: () => openTimeline(id) }, id);

    function table(columns, rows, emptyText) {
        if (rows.length === 0) return el("div", { class: "empty" }, emptyText);
        return el("table", {},
            el("thead", {}, el("tr", {}, columns.map(c => el("th", { class: c.num ? "num" : null }, c.title)))),
            el("tbody", {}, rows.map(row => el("tr", {},
                columns.map(c => el("td", { class: c.num ? "num" : null }, c.value(row)))))));
    }

    function renderCounts(overview) {
        const cards = STATUSES.map(status => el("div", { class: "count " + status, id: "count-" + status },
            el("div", { class: "label" }, status.toLowerCase()),
            el("div", { class: "value" }, number.format(overview.counts[status] ?? 0)),
            el("div", { class: "unit" }, "transfers")));
        cards.push(el("div", { class: "count STUCK" + (overview.stuck > 0 ? " alert" : ""), id: "count-STUCK" },
            el("div", { class: "label" }, "stuck"),
            el("div", { class: "value" }, number.format(overview.stuck)),
            el("div", { class: "unit" }, "transfers")));
        document.getElementById("counts").replaceChildren(...cards);
    }

    function renderInFlight(overview) {
        const shown = overview.inFlight.length;
        const total = ["ACCEPTED", "CONFIRMING", "CANCELLING"].reduce((sum, s) => sum + (overview.counts[s] ?? 0), 0);
        document.getElementById("in-flight-note").textContent =
            total > shown ? `oldest ${shown} of ${number.format(total)}` : total ? `${plural(total, "transfer")}, oldest first` : "";
        document.getElementById("in-flight-body").replaceChildren(table([
            { title: "Transfer", value: t => transferLink(t.transferId) },
            { title: "Status", value: t => badge(t.status) },
            { title: "From", value: t => t.from },
            { title: "To", value: t => t.to },
            { title: "Amount", num: true, value: t => t.amount },
            { title: "Age", num: true, value: t => age(t.createdAt, overview.now) },
            { title: "Sends", num: true, value: t => t.status === "ACCEPTED" ? "—" : t.attempts },
        ], overview.inFlight, "Nothing in flight."));
    }

    function renderStuck(stuck) {
        document.getElementById("stuck-body").replaceChildren(table([
            { title: "Transfer", value: t => transferLink(t.transferId) },
            { title: "Status", value: t => badge(t.status) },
            { title: "Waiting for", value: t => t.pending.map(p => `${t.phase.toLowerCase()} ${p.bank}/${p.account}`).join(", ") },
            { title: "Sends", num: true, value: t => t.attempts },
            { title: "Decided at", value: t => time(t.settlingSince) },
            { title: "Next send", value: t => time(t.nextRetryAt) },
        ], stuck, "No stuck transfers."));
    }

    const axisTime = uPlot.fmtDate("{HH}:{mm}");

    let halfBucket = 0;

    function chart(id, title, series, data, showPoints) {
        const container = document.getElementById(id);
        const options = {
            width: Math.max(300, container.clientWidth),
            height: 250,
            legend: { live: false },
            cursor: { drag: { x: false, y: false } },
            // half a bucket of room at each end, so that the first and last buckets' points show whole
            scales: { x: { time: true, range: (u, min, max) => [min - halfBucket, max + halfBucket] } },
            axes: [{ stroke: "#6b7785", grid: { stroke: "#eef1f4" },
                values: (u, splits) => splits.map(v => axisTime(new Date(v * 1000))) },
                { stroke: "#6b7785", grid: { stroke: "#eef1f4" }, label: title, size: 60 }],
            // latency has gaps where nothing finished: points, so that a lone bucket shows
            series: [{}, ...series.map(s => ({ width: 2, points: { show: showPoints, size: 7 }, ...s }))],
        };
        if (!charts[id]) {
            charts[id] = new uPlot(options, data, container);
            window.addEventListener("resize", () => charts[id].setSize({ width: container.clientWidth, height: 250 }));
        } else {
            charts[id].setData(data);
        }
    }

    function renderSeries(series) {
        halfBucket = series.bucketSeconds / 2;
        const x = series.points.map(p => new Date(p.start).getTime() / 1000 + halfBucket);
        chart("throughput-chart", "transfers/s", [
            { label: "committed/s", stroke: "#2e8540", fill: "rgba(46,133,64,.08)" },
            { label: "aborted/s", stroke: "#c0392b" },
        ], [x, series.points.map(p => p.committedPerSecond), series.points.map(p => p.abortedPerSecond)], false);
        chart("latency-chart", "ms", [
            { label: "p50 ms", stroke: "#1f5fbf" },
            { label: "p95 ms", stroke: "#d68910" },
            { label: "max ms", stroke: "#7b8794", dash: [4, 4] },
        ], [x, series.points.map(p => p.p50Millis), series.points.map(p => p.p95Millis),
            series.points.map(p => p.maxMillis)], true);
    }

    function renderBanks(banks) {
        const cards = banks.map(bank => el("div", { class: "bank" + (bank.available ? "" : " unavailable"),
                id: "bank-" + bank.bank },
            el("h3", {}, bank.bank, el("span", { class: "where" }, bank.url)),
            bank.available
                ? table([
                    { title: "Account", value: a => a.account },
                    { title: "Balance", num: true, value: a => a.balance },
                    { title: "Frozen", num: true, value: a => a.frozen },
                    { title: "Incoming", num: true, value: a => a.incoming },
                    { title: "Available", num: true, value: a => a.available },
                ], bank.accounts, "No accounts.")
                : el("div", { class: "error" }, "unavailable: " + bank.error),
            bank.more ? el("div", { class: "empty" }, `first ${bank.accounts.length} accounts shown`) : ""));
        document.getElementById("banks-body").replaceChildren(
            ...(cards.length ? cards : [el("div", { class: "empty" }, "No banks configured (tcc.orchestrator.dashboard.banks).")]));
    }

    let openTransfer = null;

    async function openTimeline(id) {
        openTransfer = id;
        document.getElementById("search-id").value = id;
        history.replaceState(null, "", "#transfer=" + encodeURIComponent(id));
        await refreshTimeline();
        document.getElementById("timeline").scrollIntoView({ block: "nearest" });
    }

    async function refreshTimeline() {
        if (!openTransfer) return;
        const section = document.getElementById("timeline");
        const body = document.getElementById("timeline-body");
        section.hidden = false;
        document.getElementById("timeline-title").textContent = openTransfer;
        try {
            const timeline = await getJson("/api/dashboard/transfers/" + encodeURIComponent(openTransfer) + "/timeline");
            body.replaceChildren(
                el("div", { class: "summary" }, badge(timeline.status),
                    timeline.amount ? el("span", { class: "muted" }, "amount " + timeline.amount) : "",
                    timeline.reason ? el("span", { class: "muted" }, "reason " + timeline.reason) : ""),
                el("ol", { class: "steps" }, timeline.steps.map(step => el("li", { class: "step " + step.state },
                    el("time", {}, (step.at && step.estimated ? "≈ " : "") + preciseTime(step.at)),
                    el("span", { class: "dot" }),
                    el("span", {}, el("span", { class: "title" }, step.title),
                        el("span", { class: "detail" }, step.detail))))));
        } catch (error) {
            body.replaceChildren(el("div", { class: "error" }, error.message));
        }
    }

    async function refresh(what, render) {
        try {
            render(await getJson(what));
            return true;
        } catch (error) {
            console.warn(what, error);
            return false;
        }
    }

    async function refreshFast() {
        const ok = await Promise.all([
            refresh("/api/dashboard/overview", overview => { renderCounts(overview); renderInFlight(overview); }),
            refresh("/api/dashboard/series?minutes=10&bucketSeconds=10", renderSeries),
        ]);
        const stamp = document.getElementById("refreshed");
        stamp.textContent = ok.every(Boolean)
            ? "updated " + new Date().toLocaleTimeString("en-GB", { hour12: false }) + " · every " + REFRESH_MS / 1000 + " s"
            : "orchestrator not answering · retrying";
        stamp.classList.toggle("stale", !ok.every(Boolean));
        await refreshTimeline();
    }

    async function refreshSlow() {
        await Promise.all([
            refresh("/api/stuck-transfers?limit=50", renderStuck),
            refresh("/api/dashboard/banks", renderBanks),
        ]);
    }

    document.getElementById("search").addEventListener("submit", event => {
        event.preventDefault();
        const id = document.getElementById("search-id").value.trim();
        if (id) openTimeline(id);
    });
    document.getElementById("timeline-close").addEventListener("click", () => {
        openTransfer = null;
        document.getElementById("timeline").hidden = true;
        history.replaceState(null, "", location.pathname);
    });
    const linked = new URLSearchParams(location.hash.slice(1)).get("transfer");
    if (linked) openTimeline(linked);

    refreshFast();
    refreshSlow();
    setInterval(refreshFast, REFRESH_MS);
    setInterval(refreshSlow, SLOW_REFRESH_MS);
})();
