// Bundles the task pane and the ribbon function file (addin-conventions §3).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ADDIN_URL_PROD; // e.g. https://addin.example.gov.cn/ftc/
/** Global CDN by default. China (21Vianet): https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js */
const officeJsUrl = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PLACEHOLDER = /%OFFICE_JS_URL%/g;

/**
 * Budget from addin-conventions §10: the taskpane bundle stays ≤ 450 KiB minified. It applies to the bundles loaded at
 * start (taskpane.js, commands.js). The engine with the classification catalog (~300 KiB minified) is split into the
 * async chunk engine.js by the import() in src/taskpane/run/controller.ts and loaded on the first 开始校验; the demo
 * sample (demo-sample.js) and the office-js gateway (office-gateway.js) are loaded on demand too. `npm run
 * bench:bundle` prints the figures.
 */
const TASKPANE_BUDGET_BYTES = 450 * 1024;

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

function prodUrlBase() {
  if (!urlProd) return undefined;
  if (!/^https:\/\//.test(urlProd)) throw new Error(`ADDIN_URL_PROD must be an https URL, got "${urlProd}"`);
  return urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const prodBase = dev ? undefined : prodUrlBase();
  if (!dev && !prodBase) {
    console.warn("webpack: ADDIN_URL_PROD is not set; dist/manifest.xml keeps the localhost URLs.");
  }
  // https needs trusted dev certificates (office-addin-dev-certs, sudo on Linux): only when serving, never in CI.
  const useHttps = serving && process.env.ADDIN_HTTP !== "1" && !process.env.CI;

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/index.tsx", "./src/taskpane/taskpane.html"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json also includes tests/ and bench/: compile and type-check only what the bundles import.
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false, sourceMap: dev },
            },
          },
        },
        {
          test: /\.html$/,
          exclude: /node_modules/,
          use: {
            loader: "html-loader",
            options: {
              preprocessor: (content) => content.replace(OFFICE_JS_PLACEHOLDER, officeJsUrl),
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev || !prodBase) return content;
              // Page and icon URLs first, then the bare origin (AppDomains).
              return content
                .toString()
                .split(urlDev)
                .join(prodBase)
                .split(new URL(urlDev).origin)
                .join(new URL(prodBase).origin);
            },
          },
        ],
      }),
    ],
    performance: dev
      ? false
      : {
          hints: "error",
          maxAssetSize: TASKPANE_BUDGET_BYTES,
          maxEntrypointSize: TASKPANE_BUDGET_BYTES,
          assetFilter: (file) => /^(taskpane|commands)\.js$/.test(file),
        },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: useHttps ? { type: "https", options: await getHttpsOptions() } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
