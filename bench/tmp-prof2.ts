import { startAddOn } from '../src/local/bundle';
for (let i = 0; i < 2; i++) {
  const { runtime, addOn } = startAddOn();
  addOn.call('loadSampleBothCourses');
  runtime.ui.answerNext('OK');
  const t = performance.now();
  addOn.call('trainModel');
  console.log('train job', performance.now() - t);
}
