import { describe, expect, it } from 'vitest';
import { titleFromText } from './report-title.ts';

describe('titleFromText', () => {
  it('takes the first line that reads as a title', () => {
    // A TLP banner marks the report; it does not name it.
    expect(titleFromText('TLP:AMBER\n\nFlash Alert on APT31\nBody.')).toBe('Flash Alert on APT31');
    expect(titleFromText('\n\nNorway Blames APT31 for Ministry Hack\nSummary\nBody.')).toBe(
      'Norway Blames APT31 for Ministry Hack',
    );
    expect(titleFromText('# Analysis of the APT31 intrusion\n\nText.')).toBe(
      'Analysis of the APT31 intrusion',
    );
    expect(titleFromText('title: Havoc Demon Backdoor\nurl: https://example.com/x\nBody.')).toBe(
      'Havoc Demon Backdoor',
    );
    // A hashtag opening the title is part of it; a heading's hashes are not.
    expect(titleFromText('#StopRansomware: Akira Ransomware\n\nSummary')).toBe(
      '#StopRansomware: Akira Ransomware',
    );
    expect(titleFromText('## #StopRansomware: Akira\n\nSummary')).toBe('#StopRansomware: Akira');
  });

  it('passes over generic section headings and lines without letters', () => {
    expect(
      titleFromText('Essential Insights\n-\nCzech Warning: The Czech government named APT31.\n'),
    ).toBe('Czech Warning: The Czech government named APT31.');
    expect(titleFromText('## Executive Summary\n***\nPoland blames APT28\n')).toBe(
      'Poland blames APT28',
    );
  });

  it('cuts a long first sentence at a word, and names an empty text untitled', () => {
    const long = `${'The government attributed the intrusion to the group '.repeat(4)}today.`;
    const title = titleFromText(long);
    expect(title.length).toBeLessThanOrEqual(120);
    const kept = title.slice(0, -3);
    expect(title.endsWith('...')).toBe(true);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
    expect(titleFromText('-\n***\n')).toBe('Untitled report');
  });
});
