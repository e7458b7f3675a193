/**
 * `npm run bench`: what PassCompass costs, measured on this machine. Timings are medians over several runs;
 * service-call counts come from the local runtime and do not depend on the machine.
 */
import { resolve } from 'node:path';
import { benchBundle, printBundle } from './bundle';
import { benchJobs, printJobs } from './jobs';
import { benchMemory, printMemory } from './memory';
import { benchMonitoring, printMonitoring } from './monitoring';
import { benchTraining, printTraining } from './training';
import { benchTrainingVsSklearn, printTrainingVsSklearn } from './training-vs-sklearn';
import { printScoring, scoreToTheEnd } from './scoring';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
  console.log(`PassCompass bench, Node ${process.version}, ${new Date().toISOString()}\n`);
  printBundle(benchBundle(root));
  printJobs(benchJobs());
  printTraining(benchTraining());
  printTrainingVsSklearn(benchTrainingVsSklearn());
  printScoring(scoreToTheEnd(10_000), scoreToTheEnd(100_000));
  printMonitoring(benchMonitoring());
  printMemory(benchMemory());
}

void main();
