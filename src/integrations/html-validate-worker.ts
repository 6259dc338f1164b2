/**
 * A worker thread that runs html-validate on the pages it is sent, so a cold build validates
 * on every core (html-validate is most of the output check's cost on a large site).
 */
import { parentPort } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

parentPort?.on('message', ({ id, html, file }: { id: number; html: string; file: string }) => {
  const messages = validator.validateStringSync(html, file).results.flatMap((r) => r.messages.map((m) => ({ line: m.line, message: m.message, ruleId: m.ruleId, selector: m.selector })));
  parentPort?.postMessage({ id, messages });
});
