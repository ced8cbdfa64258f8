import type { Command } from 'commander';
import { z } from 'zod';
import { invalid } from '../../kernel/index.ts';
import {
  changeUseCasePhase, checkRequest, evaluateRequest, listUseCases, Phase, type PolicyDecision, presentUseCase, privacyFindings, UseCaseId, type UseCaseView,
} from '../../policy/index.ts';
import { withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output, readInputText } from '../io.ts';

const EvaluateInput = z.strictObject({ text: z.string().min(1, 'Teksten er tom.'), useCase: UseCaseId.optional() });

/** stdin is `{ "text": …, "useCase"? }` by contract; plain text is taken as the text, for use at a prompt. */
function parseEvaluateInput(raw: string, useCase: string | undefined): z.infer<typeof EvaluateInput> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = { text: raw };
  }
  if (typeof value !== 'object' || value === null) throw invalid('Forventede { "text": "..." } på stdin.');
  return EvaluateInput.parse({ ...value, ...(useCase ? { useCase } : {}) });
}

const renderDecision = (d: PolicyDecision) =>
  [
    `${d.decision} (${d.tier})`,
    ...d.reasons.map((r) => `  ${r.effect === 'BLOCK' ? '✗' : r.effect === 'CONTROLS' ? '•' : ' '} ${r.rule} ${r.message}  [${r.source}]`),
    ...(d.controls.length ? [`  Kontroller: ${d.controls.join(', ')}`] : []),
    ...(d.instead ? [`  Gør i stedet: ${d.instead}`] : []),
  ].join('\n');

const renderUseCases = (list: UseCaseView[]) =>
  list.map((u) => `${u.id.padEnd(34)} ${u.assessment.tier}  ${u.phase.padEnd(10)} ${u.register.padEnd(9)} ${u.name}`).join('\n');

export function registerPolicy(program: Command, ctx: CliContext): void {
  const policy = program.command('policy').description('Kommunens AI-politik: anvendelser, risikoniveauer og forespørgsler');

  policy
    .command('evaluate')
    .description('Vurdér en forespørgsel: { "text": "...", "useCase"?: "id" } på stdin (eller ren tekst)')
    .option('--file <path>', 'læs input fra en fil')
    .option('--use-case <id>', 'vurdér under denne anvendelse')
    .option('--json', 'maskinlæsbart output: { decision, tier, reasons, controls }')
    .action(async (opts: { file?: string; useCase?: string; json?: boolean }) => {
      const input = parseEvaluateInput(await readInputText(opts), opts.useCase);
      // Without a use case the verdict needs no database, so the text stays in this process.
      const decision = input.useCase
        ? await withBackend(ctx.config(), (b) =>
            b.kind === 'local' ? checkRequest(b.app.db, b.actor, input) : b.call<PolicyDecision>('POST', '/api/policy/evaluate', input))
        : evaluateRequest({ text: input.text, flags: privacyFindings(input.text) });
      output(decision, opts, renderDecision);
    });

  policy
    .command('use-cases')
    .description('Anvendelserne i registret med risikoniveau og fase')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(ctx.config(), async (b) =>
        b.kind === 'local' ? (await listUseCases(b.app.db)).map(presentUseCase) : b.call<UseCaseView[]>('GET', '/api/policy/use-cases'));
      output(list, opts, renderUseCases);
    });

  policy
    .command('move <id> <phase>')
    .description('Flyt en anvendelse til en fase (idea, pilot, production, scale_up, retired)')
    .option('--json', 'maskinlæsbart output')
    .action(async (id: string, phase: string, opts: { json?: boolean }) => {
      const target = Phase.parse(phase);
      const moved = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? changeUseCasePhase(b.app.db, b.actor, id, target) : b.call<UseCaseView>('POST', `/api/policy/use-cases/${encodeURIComponent(id)}/phase`, { phase: target }));
      output(moved, opts, (u: UseCaseView) => `${u.id} er nu i fasen ${u.phase} (${u.assessment.tier}).`);
    });
}
