import { describe, expect, it } from 'vitest';
import { readFeedbackConfig, readFeedbackCsp } from '~/lib/feedback/config';

describe('readFeedbackConfig', () => {
  it('turns everything off when nothing is set', () => {
    expect(readFeedbackConfig({})).toEqual({ endpoint: undefined, beacon: undefined, viewsFile: undefined });
    expect(readFeedbackConfig({ PULSE_FEEDBACK_ENDPOINT: '  ', PULSE_VIEWS_BEACON: '0' }).endpoint).toBeUndefined();
  });

  it('reads the endpoint, a beacon beside it, and the views file', () => {
    const config = readFeedbackConfig({
      PULSE_FEEDBACK_ENDPOINT: 'https://feedback.example.org/pulse/feedback',
      PULSE_VIEWS_BEACON: 'true',
      PULSE_VIEWS_FILE: 'views.json',
    });
    expect(config.endpoint?.href).toBe('https://feedback.example.org/pulse/feedback');
    expect(config.beacon?.href).toBe('https://feedback.example.org/pulse/views');
    expect(config.viewsFile).toBe('views.json');
    expect(readFeedbackConfig({ PULSE_VIEWS_BEACON: 'https://stats.example.org/views' }).beacon?.origin).toBe(
      'https://stats.example.org',
    );
  });

  it('says what to set when a value cannot work', () => {
    expect(() => readFeedbackConfig({ PULSE_FEEDBACK_ENDPOINT: '/feedback' })).toThrow(
      'PULSE_FEEDBACK_ENDPOINT must be an absolute http(s) URL, such as https://feedback.example.org/feedback; got "/feedback"',
    );
    expect(() => readFeedbackConfig({ PULSE_FEEDBACK_ENDPOINT: 'ftp://x.example/feedback' })).toThrow(
      'PULSE_FEEDBACK_ENDPOINT must be an http(s) URL; got "ftp://x.example/feedback"',
    );
    expect(() => readFeedbackConfig({ PULSE_VIEWS_BEACON: '1' })).toThrow(/set PULSE_FEEDBACK_ENDPOINT too/);
  });
});

describe('readFeedbackCsp', () => {
  it("keeps form-action 'self' alone and adds no connect-src when feedback is off", () => {
    expect(readFeedbackCsp(readFeedbackConfig({}))).toEqual(["form-action 'self'"]);
  });

  it("allows the receiver's origin only, for forms and for fetch and beacons", () => {
    const both = readFeedbackConfig({
      PULSE_FEEDBACK_ENDPOINT: 'https://fb.example.org/feedback',
      PULSE_VIEWS_BEACON: '1',
    });
    expect(readFeedbackCsp(both)).toEqual([
      "form-action 'self' https://fb.example.org",
      "connect-src 'self' https://fb.example.org",
    ]);
    const apart = readFeedbackConfig({
      PULSE_FEEDBACK_ENDPOINT: 'https://fb.example.org/feedback',
      PULSE_VIEWS_BEACON: 'https://stats.example.org/views',
    });
    expect(readFeedbackCsp(apart)[1]).toBe("connect-src 'self' https://fb.example.org https://stats.example.org");
  });
});
