import { describe, expect, it } from 'vitest';
import { routeClassifier } from '../../../server/src/ops/routeClass.ts';

describe('the route label of the HTTP metrics', () => {
  const classify = routeClassifier(['/api/content/:id', '/api/screens', '/api/units/current']);

  it("gives a child unit's API and pages the root's classes (the unit never becomes a label)", () => {
    expect(classify('/api/content/c-1')).toBe('api_content');
    expect(classify('/truong-a/api/content/c-1')).toBe('api_content');
    expect(classify('/truong-a/api/khong-co')).toBe('api_other');
    expect(classify('/truong-a/admin/units')).toBe('admin');
    expect(classify('/truong-a/display/cong')).toBe('display');
    expect(classify('/truong-a/media/x.png')).toBe('media');
  });

  it('keeps public pages, the root and ops paths as before', () => {
    expect(classify('/truong-a/thong-bao')).toBe('public');
    expect(classify('/thong-bao')).toBe('public');
    expect(classify('/metrics')).toBe('ops');
    expect(classify('/')).toBe('public');
    expect(classify('//api/content')).toBe('public');
  });
});
