/// The site's own stylesheet, served from the app (no CDN: the app runs offline). Colours and spacing follow
/// the NHS service manual's palette; text and focus colours meet WCAG 2.2 AA contrast.
public enum Stylesheet {
    public static let css = """
        :root{--blue:#005eb8;--dark-blue:#003087;--text:#212b32;--secondary:#4c6272;--grey-bg:#f0f4f5;--border:#d8dde0;
        --white:#fff;--focus:#ffeb3b;--warning:#ffb81c;--purple:#330072;--green:#007f3b;--red:#d5281b}
        *,*::before,*::after{box-sizing:border-box}
        html{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;font-size:100%;line-height:1.5;color:var(--text);background:var(--grey-bg)}
        body{margin:0;font-size:1rem}
        @media(min-width:40em){body{font-size:1.1875rem}}
        a{color:var(--blue);text-decoration:underline;text-underline-offset:.1em}
        a:visited{color:var(--purple)}
        a:hover{color:#7c2855;text-decoration-thickness:3px}
        a:focus,button:focus,input:focus,select:focus,summary:focus{outline:4px solid transparent;background:var(--focus);color:var(--text);box-shadow:0 -2px var(--focus),0 4px var(--text);text-decoration:none}
        input:focus,select:focus{box-shadow:inset 0 0 0 2px var(--text);outline:4px solid var(--focus);outline-offset:0;background:var(--white)}
        .skip-link{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:var(--focus);color:var(--text)}
        .skip-link:focus{left:0;z-index:10}
        .width-container{max-width:960px;margin:0 auto;padding:0 1rem}
        .header{background:var(--blue);color:var(--white)}
        .header-inner{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;padding-top:.75rem;padding-bottom:.75rem}
        .header a,.header a:visited{color:var(--white)}
        .header a:focus{color:var(--text)}
        .header-logo{font-weight:700;font-size:1.5rem;text-decoration:none}
        .header-service{font-size:1rem}
        .header-nav{background:var(--dark-blue)}
        .nav-list{display:flex;flex-wrap:wrap;gap:0 1.5rem;list-style:none;margin:0 auto;padding-top:.5rem;padding-bottom:.5rem}
        .nav-list a{font-weight:700}
        .nav-list a[aria-current=page]{text-decoration-thickness:4px}
        .breadcrumb ol{list-style:none;margin:0;padding:1rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem .5rem;font-size:1rem}
        .breadcrumb li+li::before{content:"›";margin-right:.5rem;color:var(--secondary)}
        .main{display:block;padding:1.5rem 0 3rem}
        .main:focus{outline:none}
        h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
        h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 1rem}
        h3{font-size:1.25rem;margin:1.5rem 0 .75rem}
        @media(min-width:40em){h1{font-size:3rem}h2{font-size:2rem}h3{font-size:1.5rem}}
        .caption{display:block;color:var(--secondary);font-size:1.1875rem;margin-bottom:.25rem}
        .lede{font-size:1.25rem}
        .list{padding-left:1.25rem;margin:0 0 1rem}
        .card{background:var(--white);border:1px solid var(--border);padding:1rem 1.25rem;margin-bottom:1rem}
        .card h3{margin-top:0}
        .card-grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
        .facts{margin:0 0 1.5rem;background:var(--white);border:1px solid var(--border)}
        .facts dt{font-weight:700;padding:.75rem 1rem 0}
        .facts dd{margin:0;padding:.25rem 1rem .75rem;border-bottom:1px solid var(--border)}
        .facts dd:last-child{border-bottom:0}
        @media(min-width:40em){.facts{display:grid;grid-template-columns:14rem 1fr}
        .facts dt{padding:.75rem 0 .75rem 1rem;border-bottom:1px solid var(--border)}
        .facts dd{padding:.75rem 1rem}.facts dt:nth-last-child(2){border-bottom:0}}
        .cite{font-size:1rem;color:var(--secondary);margin:.25rem 0 0}
        .caution{border-left:6px solid var(--warning);background:#fff8e5;padding:.25rem .75rem;margin:.5rem 0;font-size:1rem}
        .panel{border:4px solid var(--green);padding:.5rem 1rem;margin:1rem 0}
        .panel code{overflow-wrap:anywhere}
        .tag{display:inline-block;border:2px solid var(--blue);color:var(--blue);padding:0 .4rem;font-size:.875rem;font-weight:700;margin-left:.25rem}
        .count{color:var(--secondary)}
        form.filters{background:var(--white);border:1px solid var(--border);padding:1rem;margin-bottom:1.5rem}
        fieldset{border:0;margin:0;padding:0}
        .inline-form{margin:0 0 1rem}
        legend{font-weight:700;font-size:1.25rem;margin-bottom:.5rem}
        .field{margin-bottom:1rem}
        .field label{display:block;font-weight:700;margin-bottom:.25rem}
        .hint{display:block;color:var(--secondary);font-size:1rem}
        input[type=text],input[type=search],input[type=number],select{font:inherit;font-size:1rem;padding:.4rem;border:2px solid var(--text);border-radius:0;min-height:2.5rem;width:100%;max-width:24rem;background:var(--white);color:var(--text)}
        .checkbox{display:flex;gap:.5rem;align-items:center}
        .checkbox input{width:1.5rem;height:1.5rem}
        .filter-grid{display:grid;gap:0 1.5rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}
        .button{font:inherit;font-weight:700;font-size:1rem;background:var(--green);color:var(--white);border:0;border-radius:4px;box-shadow:0 4px 0 #00401e;padding:.6rem 1rem;cursor:pointer;margin:0 1rem .5rem 0;display:inline-block;text-decoration:none;min-height:2.75rem}
        .button.secondary{background:var(--secondary);box-shadow:0 4px 0 #263139}
        .table-wrap{overflow-x:auto;margin-bottom:1.5rem}
        table{border-collapse:collapse;width:100%;background:var(--white)}
        caption{text-align:left;font-weight:700;font-size:1.25rem;padding:.5rem 0}
        th,td{text-align:left;vertical-align:top;padding:.5rem .75rem;border-bottom:1px solid var(--border)}
        thead th{border-bottom:2px solid var(--text)}
        .error-summary{border:4px solid var(--red);background:var(--white);padding:1rem;margin-bottom:1.5rem}
        .error-summary h2{margin-top:0}
        .error-summary a{color:var(--red);font-weight:700}
        .field-error{border-left:5px solid var(--red);padding-left:.75rem}
        .error-message{display:block;color:var(--red);font-weight:700;margin-bottom:.25rem}
        .field-error input{border-color:var(--red)}
        .field-group{border:1px solid var(--border);background:var(--white);padding:.75rem 1rem;margin:0 0 1rem}
        .field-group h3{margin:0}
        .field-row{display:flex;flex-wrap:wrap;gap:0 1rem}
        .field-row .field{flex:1 1 9rem}
        input.input-number{max-width:12rem}
        .input-suffix{margin-left:.5rem}
        .inset{border-left:8px solid var(--blue);padding:.5rem 1rem;background:var(--white)}
        th.numeric,td.numeric{text-align:right;font-variant-numeric:tabular-nums}
        .chart-figure{margin:0 0 1.5rem}
        .voice{margin:0 0 1.5rem;border-left:4px solid var(--blue);padding:.25rem 0 .25rem 1rem;break-inside:avoid}
        .voice blockquote{margin:0}.voice blockquote p{margin:0 0 .5rem}.voice figcaption{color:var(--secondary)}
        .chart{display:block;width:100%;max-width:640px;height:auto;background:var(--white);border:1px solid var(--border)}
        .chart-label{font:14px Arial,sans-serif;fill:var(--text);text-anchor:end}
        .chart-value,.chart-legend{font:14px Arial,sans-serif;fill:var(--text)}
        .chart-series-0{fill:#005eb8}.chart-series-1{fill:#007f3b}.chart-series-2{fill:#330072}
        .chart-series-3{fill:#d5281b}.chart-series-4{fill:#7c2855}.chart-series-5{fill:#425563}
        figcaption{font-size:1rem;color:var(--secondary)}
        .chart-grid{stroke:var(--border);stroke-width:1}
        .chart-axis-year{font:13px Arial,sans-serif;fill:var(--text);text-anchor:middle}
        .chart-band{fill:#005eb8;fill-opacity:.25;stroke:none}
        .chart-median{fill:none;stroke:#003087;stroke-width:3}
        .chart-target{fill:none;stroke:#d5281b;stroke-width:2;stroke-dasharray:6 4}
        .legend-swatch{display:inline-block;width:1.5em;height:.6em;margin:0 .4em 0 1em;vertical-align:middle}
        .legend-band{background:rgba(0,94,184,.25)}.legend-median{background:#003087}.legend-target{border-top:3px dashed #d5281b;height:0}
        textarea{width:100%;min-height:8rem;font:inherit;font-family:monospace;border:2px solid var(--text);padding:.25rem}
        .footer{background:var(--white);border-top:4px solid var(--blue);padding:1.5rem 0;font-size:1rem;color:var(--secondary)}
        .career-map{display:block;width:100%;max-width:540px;height:auto;margin:0 0 1.5rem;background:var(--white);border:1px solid var(--border)}
        .map-band{font:700 13px Arial,sans-serif;fill:var(--text);paint-order:stroke;stroke:var(--white);stroke-width:4px}
        .map-route{stroke:#aeb7bd;stroke-width:1}
        .map-route-on{stroke:var(--blue);stroke-width:3}
        .map-node rect{fill:var(--white);stroke:#768692;stroke-width:1}
        .map-node-on rect{fill:#e8f1f8;stroke:var(--blue);stroke-width:3}
        .map-node-off rect{fill:var(--grey-bg);stroke:#aeb7bd;stroke-dasharray:3 3}
        .map-label{font:11.5px Arial,sans-serif;fill:var(--text)}
        .map-step{fill:var(--blue)}
        .map-step-number{font:700 11px Arial,sans-serif;fill:var(--white);text-anchor:middle}
        .steps>li{margin-bottom:1rem}
        .visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media print{
          html{background:var(--white)}
          .header-nav,.skip-link,form.filters,.footer nav,.button,.breadcrumb,.no-print{display:none}
          .chart{max-width:100%;border:none}
          .header{background:none;color:#000;border-bottom:2px solid #000}.header a{color:#000}
          a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
          .card,.facts dd{break-inside:avoid}.facts dt{break-after:avoid}
          .table-wrap{overflow:visible}
        }
        """
}

/// The site's icon: an "S" on the header's blue, as SVG (no image files to ship).
public enum Favicon {
    public static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#005eb8"/>\
        <text x="16" y="23" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#fff" \
        text-anchor="middle">S</text></svg>
        """
}
